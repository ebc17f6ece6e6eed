package org.supplieresg.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.supplieresg.audit.AuditViews;
import org.supplieresg.audit.CorrectiveActions;

/** A company's open findings with their corrective action plans. */
@Path("suppliers/{id}/corrective-actions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audits")
public class SupplierCorrectiveActionResource {

    @Inject
    CorrectiveActions actions;

    @GET
    @Operation(summary = "A company's open findings and their corrective action plans, by due date")
    public List<AuditViews.OpenAction> openActions(@PathParam("id") long supplierId) {
        return actions.openOf(supplierId);
    }
}
