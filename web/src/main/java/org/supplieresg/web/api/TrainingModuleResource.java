package org.supplieresg.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.supplieresg.training.TrainingAssignments;
import org.supplieresg.training.TrainingLibrary;
import org.supplieresg.training.TrainingModule;
import org.supplieresg.training.TrainingViews;
import org.supplieresg.web.training.TrainingDownloads;

/** The training library: list it, add, change and deactivate modules (admin), and read a module's uploaded material. */
@Path("training-modules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Training")
public class TrainingModuleResource {

    /**
     * A module: dimension is a catalogue dimension code (MGT, CLI, ENV, CIR, LAB, HSE, ETH, MIN, DAT); language a BCP 47
     * tag (en, zh-CN); link an https address, or materialId the id of material uploaded first to
     * {@code POST /api/training-materials}, one of the two. For a change, version is the one read; active false
     * deactivates it.
     */
    public record ModuleInput(String titleEn, String titleZh, String descriptionEn, String descriptionZh, String publisher,
                              String language, String dimension, Integer durationMinutes, String link, Long materialId,
                              Boolean active, Long version) {

        TrainingModule.Details details() {
            return new TrainingModule.Details(titleEn, titleZh, descriptionEn, descriptionZh, publisher, language, dimension,
                    durationMinutes, link, materialId);
        }
    }

    @Inject
    TrainingLibrary library;

    @Inject
    TrainingAssignments assignments;

    @GET
    @Operation(summary = "Every training module (a supplier user sees the active ones), by dimension")
    public List<TrainingViews.ModuleView> list() {
        return library.modules();
    }

    @POST
    @Operation(summary = "Add a training module (admin)",
            description = "Refused with every problem named: titles or publisher missing, a language that is no language tag, a "
                    + "dimension not in the catalogue in force, a duration outside 1-6000 minutes, neither or both of link and "
                    + "materialId, a link that is not https.")
    public Response create(ModuleInput input, @Context UriInfo uri) {
        if (input == null) {
            throw new BadRequestException("The request has no body: send the module as JSON.");
        }
        TrainingViews.ModuleView created = library.create(input.details());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a training module (admin); a stale version is a 409 with what changed",
            description = "Every field as for a new module, with version; active false deactivates it, true activates it again.")
    public TrainingViews.ModuleView update(@PathParam("id") long id, ModuleInput input) {
        if (input == null) {
            throw new BadRequestException("The request has no body: send the module as JSON, with version.");
        }
        return library.update(id, input.details(), input.active(), input.version());
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Deactivate a training module (admin)",
            description = "It is no longer assigned; suppliers who have it keep it, and its history stays.")
    public Response deactivate(@PathParam("id") long id) {
        library.deactivate(id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/material")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "A module's uploaded material",
            description = "Staff read any module's; a supplier user only that of a module assigned to its company (otherwise 404).")
    public Response material(@PathParam("id") long id) {
        TrainingViews.Material material = assignments.material(id);
        return Response.ok(material.content(), material.contentType())
                .header("Content-Disposition", TrainingDownloads.disposition(material))
                .header("Content-Security-Policy", TrainingDownloads.CONTENT_POLICY)
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
