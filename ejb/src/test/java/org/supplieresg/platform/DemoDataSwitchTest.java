package org.supplieresg.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DemoDataSwitchTest {

    private static final String EMBEDDED = "jdbc:postgresql://localhost:15432/esg";

    private static DemoDataSwitch demo(Optional<Boolean> explicit, String databaseUrl) {
        DemoDataSwitch demo = new DemoDataSwitch();
        demo.explicit = explicit;
        demo.databaseUrl = databaseUrl;
        demo.embeddedDatabaseUrl = EMBEDDED;
        return demo;
    }

    @Test
    void isOnByDefaultOnTheEmbeddedDatabase() {
        assertThat(demo(Optional.empty(), EMBEDDED).isOn()).isTrue();
    }

    @Test
    void isOffByDefaultOnAnExternalDatabase() {
        assertThat(demo(Optional.empty(), "jdbc:postgresql://db.internal:5432/esg").isOn()).isFalse();
    }

    @Test
    void anExplicitSettingWinsEitherWay() {
        assertThat(demo(Optional.of(true), "jdbc:postgresql://db.internal:5432/esg").isOn()).isTrue();
        assertThat(demo(Optional.of(false), EMBEDDED).isOn()).isFalse();
    }
}
