package org.supplieresg.audittrail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.supplieresg.audittrail.FieldChanges.Change;

class FieldChangesTest {

    /** An ordered map that may hold null values, from alternating keys and values. */
    private static Map<String, String> map(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    @Test
    void unchangedSnapshotsHaveNoChanges() {
        Map<String, String> snapshot = map("legalName", "Ganfeng", "region", null, "status", "ACTIVE");

        assertThat(FieldChanges.between(snapshot, map("legalName", "Ganfeng", "region", null, "status", "ACTIVE")))
                .isEmpty();
        assertThat(FieldChanges.between(map(), map())).isEmpty();
    }

    @Test
    void listsAChangedValue() {
        assertThat(FieldChanges.between(map("status", "ACTIVE", "country", "CN"),
                map("status", "INACTIVE", "country", "CN")))
                .containsExactly(new Change("status", "ACTIVE", "INACTIVE"));
    }

    @Test
    void listsAnAddedKeyWithNullBefore() {
        assertThat(FieldChanges.between(map("legalName", "Ganfeng"), map("legalName", "Ganfeng", "contacts[0]", "Li Wei")))
                .containsExactly(new Change("contacts[0]", null, "Li Wei"));
    }

    @Test
    void listsARemovedKeyWithNullAfter() {
        assertThat(FieldChanges.between(map("legalName", "Ganfeng", "contacts[0]", "Li Wei"), map("legalName", "Ganfeng")))
                .containsExactly(new Change("contacts[0]", "Li Wei", null));
    }

    @Test
    void handlesNullValuesOnEitherSide() {
        assertThat(FieldChanges.between(map("region", null, "localName", "赣锋"), map("region", "Jiangxi", "localName", null)))
                .containsExactly(new Change("region", null, "Jiangxi"), new Change("localName", "赣锋", null));
    }

    @Test
    void aKeyWithNullOnOneSideAndMissingOnTheOtherIsNoChange() {
        assertThat(FieldChanges.between(map("parentSupplierId", null), map())).isEmpty();
        assertThat(FieldChanges.between(map(), map("parentSupplierId", null))).isEmpty();
    }

    @Test
    void followsTheOrderOfTheBeforeMapThenTheNewKeys() {
        Map<String, String> before = map("c", "1", "a", "1", "b", "1");
        Map<String, String> after = map("z", "new", "b", "2", "a", "2", "c", "2", "y", "new");

        assertThat(FieldChanges.between(before, after)).extracting(Change::field)
                .containsExactly("c", "a", "b", "z", "y");
    }
}
