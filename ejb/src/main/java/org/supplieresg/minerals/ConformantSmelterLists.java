package org.supplieresg.minerals;

import static org.supplieresg.identity.Role.Names.ADMIN;
import static org.supplieresg.identity.Role.Names.AUDITOR;
import static org.supplieresg.identity.Role.Names.PROCUREMENT;
import static org.supplieresg.identity.Role.Names.SUPPLIER;
import static org.supplieresg.identity.Role.Names.SUSTAINABILITY_OFFICER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.supplieresg.audittrail.AuditTrail;
import org.supplieresg.evidence.FileNames;
import org.supplieresg.identity.CurrentUser;
import org.supplieresg.reports.minerals.ConformantListReader;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.InvalidInputException;

/**
 * The buyer's conformant smelter list: an import replaces the current list (the older ones are kept for the findings
 * that name them) and reviews every supplier's current declarations against it, opening and closing findings.
 */
@Stateless
@RolesAllowed({SUPPLIER, PROCUREMENT, ADMIN, AUDITOR, SUSTAINABILITY_OFFICER})
public class ConformantSmelterLists {

    /** The list now in force. */
    public record ListView(long id, String name, LocalDate listDate, String fileName, String sha256, int entries,
                           String importedBy, Instant importedAt) {
        static ListView of(ConformantSmelterList list) {
            return new ListView(list.id(), list.name(), list.listDate(), list.fileName(), list.sha256(), list.entryCount(),
                    list.importedBy(), list.importedAt());
        }
    }

    /** What an import did: the list, and the review of the current declarations that followed. */
    public record Imported(ListView list, int declarationsReviewed, int findingsOpened, int findingsClosed) {
    }

    /** The largest list file accepted (RMI's lists are well under 1 MB). */
    static final int MAX_BYTES = 10 * 1024 * 1024;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @RolesAllowed({PROCUREMENT, ADMIN})
    public Imported importList(InputStream content, String fileName, String name, LocalDate listDate) {
        List<FieldViolation> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add(FieldViolation.of("name", "minerals.list.name"));
        } else if (name.strip().length() > 160) {
            problems.add(FieldViolation.of("name", "field.tooLong", 160));
        }
        if (listDate == null) {
            problems.add(FieldViolation.of("listDate", "minerals.list.date"));
        }
        InvalidInputException.throwIfAny(problems);
        byte[] bytes = readAtMost(content);
        ConformantListReader.Reading reading = ConformantListReader.read(new ByteArrayInputStream(bytes), fileName);
        InvalidInputException.throwIfAny(reading.problems().stream()
                .map(p -> new FieldViolation("file", p.messageKey(), p.arguments())).toList());

        Instant now = clock.instant();
        ConformantSmelterList list = new ConformantSmelterList(name, listDate, FileNames.sanitise(fileName), sha256(bytes), reading.entries(),
                currentUser.username().orElse(AuditTrail.SYSTEM), now);
        em.persist(list);
        em.flush();
        auditTrail.created(list, null);

        ConformantList rules = list.rules();
        int reviewed = 0;
        int opened = 0;
        int closed = 0;
        for (MineralsDeclaration declaration : em.createNamedQuery(MineralsDeclaration.CURRENT, MineralsDeclaration.class).getResultList()) {
            List<MineralsFinding> open = MineralsDeclarations.openFindings(em, declaration);
            Map<MineralsFinding, Map<String, String>> before = MineralsDeclarations.snapshots(open);
            List<MineralsFinding> added = declaration.review(rules, open, now);
            closed += MineralsDeclarations.recordClosed(em, auditTrail, before);
            opened += MineralsDeclarations.store(em, auditTrail, added);
            reviewed++;
        }
        return new Imported(ListView.of(list), reviewed, opened, closed);
    }

    /** The list in force: the one imported last. */
    public Optional<ListView> current() {
        return newest().map(ListView::of);
    }

    /** The list in force as the rules read it; {@link ConformantList#NONE} before the first import. */
    public ConformantList rules() {
        return newest().map(ConformantSmelterList::rules).orElse(ConformantList.NONE);
    }

    private Optional<ConformantSmelterList> newest() {
        return em.createQuery("SELECT l FROM ConformantSmelterList l ORDER BY l.importedAt DESC, l.id DESC", ConformantSmelterList.class)
                .setMaxResults(1).getResultStream().findFirst();
    }

    private static byte[] readAtMost(InputStream content) {
        try {
            byte[] bytes = content.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new InvalidInputException(FieldViolation.of("file", "evidence.tooLarge", MAX_BYTES / (1024 * 1024)));
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("the list could not be read", e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
