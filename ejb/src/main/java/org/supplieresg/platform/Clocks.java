package org.supplieresg.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The one clock of the application, so that tests and rules about time read the same source. */
@ApplicationScoped
public class Clocks {

    @Produces
    Clock systemClock() {
        return Clock.systemUTC();
    }
}
