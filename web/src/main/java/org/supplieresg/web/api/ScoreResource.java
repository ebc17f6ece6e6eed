package org.supplieresg.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.supplieresg.scoring.Rescoring;

/** Rescoring the whole supplier base: preview first, then apply. */
@Path("scores")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Scores")
public class ScoreResource {

    @Inject
    Rescoring rescoring;

    @GET
    @Path("rescoring-preview")
    @Operation(summary = "Whose score or tier would change if everyone were rescored now", description = "Tier changes first; stores nothing.")
    public List<Rescoring.Change> preview() {
        return rescoring.preview();
    }

    @POST
    @Path("rescore")
    @Operation(summary = "Rescore everyone now", description = "Stores a new score for each supplier whose result changed and returns those changes.")
    public List<Rescoring.Change> rescore() {
        return rescoring.apply();
    }
}
