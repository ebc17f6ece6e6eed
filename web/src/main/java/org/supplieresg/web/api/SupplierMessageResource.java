package org.supplieresg.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.supplieresg.notification.Inbox;

/** A company's inbox: the notices it was sent by mail, kept in the portal. */
@Path("suppliers/{id}/messages")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Messages")
public class SupplierMessageResource {

    @Inject
    Inbox inbox;

    @GET
    @Operation(summary = "A company's latest messages, newest first", description = "lang is en (default) or zh; max at most 200.")
    public List<Inbox.MessageView> latest(@PathParam("id") long supplierId, @QueryParam("lang") @DefaultValue("en") String lang,
                                          @QueryParam("max") @DefaultValue("50") int max) {
        return inbox.latest(supplierId, Math.max(1, Math.min(max, 200)), "zh".equals(lang) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
    }
}
