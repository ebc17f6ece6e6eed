package org.supplieresg.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.supplieresg.minerals.ConformantSmelterLists;
import org.supplieresg.minerals.ConformantSmelterLists.Imported;
import org.supplieresg.minerals.ConformantSmelterLists.ListView;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.InvalidInputException;
import org.supplieresg.shared.NotFoundException;

/** The conformant smelter list the buyer imports (RMI's RMAP list), which every declaration is compared with. */
@Path("conformant-smelters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Responsible minerals")
public class ConformantSmelterResource {

    @Inject
    ConformantSmelterLists lists;

    @GET
    @Operation(summary = "The conformant smelter list in force: name, date, file and number of smelters")
    public ListView current() {
        return lists.current().orElseThrow(() -> new NotFoundException("conformant smelter list", "current"));
    }

    @PUT
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Replace the conformant smelter list (procurement, admin) with a CSV or Excel file as the raw body",
            description = "Columns found by their titles: smelter id (\"Smelter ID\"), \"Metal\", name (\"Standard Smelter Name\"), "
                    + "optionally \"Country\" and a status (Conformant, Active, Non-Conformant; none means conformant). name and "
                    + "listDate (ISO date) say which list it is. All or nothing; every supplier's current declarations are reviewed "
                    + "against the new list and the answer says how many findings were opened and closed.")
    public Imported replace(@QueryParam("name") String name, @QueryParam("listDate") String listDate, @QueryParam("fileName") String fileName,
                            @HeaderParam("Content-Disposition") String disposition, InputStream body) {
        try {
            return lists.importList(body, EvidenceResource.name(fileName, disposition), name, date(listDate));
        } finally {
            Uploads.drain(body);
        }
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(FieldViolation.of("listDate", "import.row.date", text));
        }
    }
}
