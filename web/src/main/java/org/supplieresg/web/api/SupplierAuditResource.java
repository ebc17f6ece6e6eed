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
import org.supplieresg.audit.Audits;

/** A company's audits. (A root of its own: JAX-RS does not fall back from "suppliers/{id}" to "suppliers".) */
@Path("suppliers/{id}/audits")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audits")
public class SupplierAuditResource {

    @Inject
    Audits audits;

    @GET
    @Operation(summary = "A company's audits, newest first (a supplier does not see an unannounced audit before it begins)")
    public List<AuditViews.AuditView> audits(@PathParam("id") long supplierId) {
        return audits.ofSupplier(supplierId);
    }
}
