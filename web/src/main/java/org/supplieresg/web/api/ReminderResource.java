package org.supplieresg.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.supplieresg.assessment.Reminders;

/** The morning reminders (deadlines in 7 days, evidence expiring in 60, 30 or 7 days), run on demand. */
@Path("reminders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations")
public class ReminderResource {

    @Inject
    Reminders reminders;

    @POST
    @Path("run")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Send today's reminders now (admin), as the 06:00 job does")
    public Reminders.Result run() {
        return reminders.run();
    }
}
