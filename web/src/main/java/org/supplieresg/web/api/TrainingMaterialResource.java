package org.supplieresg.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.supplieresg.training.TrainingLibrary;
import org.supplieresg.training.TrainingViews;

/** Material for training modules: upload it first, then name its id as a module's materialId. */
@Path("training-materials")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Training")
public class TrainingMaterialResource {

    @Inject
    TrainingLibrary library;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Upload material for a training module (admin)",
            description = "Send the file's bytes as the body with its name in fileName or a Content-Disposition header. Accepted: "
                    + "PDF, Word (.docx), Excel (.xlsx), PNG, JPEG, recognised from the bytes; 10 MB at most. Any refusal is a 400 "
                    + "saying why, and nothing is stored.")
    public Response upload(@QueryParam("fileName") String fileName, @HeaderParam("Content-Disposition") String disposition,
                           InputStream body) {
        try {
            TrainingViews.MaterialView stored = library.upload(body, EvidenceResource.name(fileName, disposition));
            return Response.status(Response.Status.CREATED).entity(stored).build();
        } finally {
            Uploads.drain(body);
        }
    }
}
