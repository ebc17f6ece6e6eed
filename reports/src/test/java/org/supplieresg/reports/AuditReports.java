package org.supplieresg.reports;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.supplieresg.reports.AuditReport.Audit;
import org.supplieresg.reports.AuditReport.AuditType;
import org.supplieresg.reports.AuditReport.CapStatus;
import org.supplieresg.reports.AuditReport.ChecklistCounts;
import org.supplieresg.reports.AuditReport.CorrectiveActionPlan;
import org.supplieresg.reports.AuditReport.Finding;
import org.supplieresg.reports.AuditReport.Photo;
import org.supplieresg.reports.AuditReport.Severity;
import org.supplieresg.reports.AuditReport.Signatures;
import org.supplieresg.reports.AuditReport.Supplier;

/** Fixture factory: an audit of a cathode plant with one Major finding (with a photo) and one Minor finding. */
final class AuditReports {

    static final String REFERENCE = "AUD-2026-0042";
    static final String LEGAL_NAME = "Hunan Xinyuan Cathode Materials Co., Ltd.";
    static final String LOCAL_NAME = "湖南新源正极材料有限公司";
    static final String MAJOR_OBSERVATION = "Two emergency exits in the calcination hall were locked during the night shift.";
    static final String MINOR_OBSERVATION = "The spill kit log for warehouse B was not signed for two weeks in March.";
    static final LocalDate MAJOR_DUE = LocalDate.of(2026, 4, 17);
    static final LocalDate MINOR_DUE = LocalDate.of(2026, 6, 30);

    private AuditReports() {
    }

    static AuditReport twoFindings() {
        return report(List.of(majorFinding(List.of(new Photo(photoPng(), "Locked exit, calcination hall, 02:10"))),
                minorFinding()), new ChecklistCounts(48, 46, 0, 1, 1));
    }

    static AuditReport report(List<Finding> findings, ChecklistCounts counts) {
        List<CorrectiveActionPlan> plans = findings.stream()
                .map(finding -> finding.severity() == Severity.MAJOR ? majorPlan(finding.reference()) : minorPlan(finding.reference()))
                .toList();
        return new AuditReport(supplier(), audit(), counts, findings, plans,
                new Signatures("Li Wei", LocalDate.of(2026, 3, 6), "Zhang Min", "EHS Director"));
    }

    static Supplier supplier() {
        return new Supplier(LEGAL_NAME, LOCAL_NAME, "CN", "No. 18 Xingye Road, Ningxiang Economic Development Zone, Changsha, Hunan");
    }

    static Audit audit() {
        return new Audit(REFERENCE, AuditType.PERIODIC, LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 5),
                LocalDate.of(2026, 3, 4), "Li Wei", List.of("Anna Schmidt", "王芳"), Locale.CHINESE,
                "Production site and dormitories; labour, health and safety, environment; records of the last 12 months.",
                "RBA Code of Conduct 8.0; Supplier ESG catalogue 2026-1");
    }

    static Finding majorFinding(List<Photo> photos) {
        return new Finding("F-01", "HS-04", "Emergency exits are unlocked and unobstructed whenever people are in the building.",
                Severity.MAJOR, MAJOR_OBSERVATION, "Shift supervisor said the doors are locked to stop theft; 3 workers interviewed.",
                photos);
    }

    static Finding minorFinding() {
        return new Finding("F-02", "EN-11", "Spill response equipment is inspected weekly and the inspection recorded.",
                Severity.MINOR, MINOR_OBSERVATION, null, List.of());
    }

    static CorrectiveActionPlan majorPlan(String findingReference) {
        return new CorrectiveActionPlan(findingReference, "No procedure for securing the hall without locking exits.",
                "Fit panic bars; train supervisors; daily exit check by security.", "Chen Gang, plant manager", MAJOR_DUE,
                CapStatus.SUBMITTED);
    }

    static CorrectiveActionPlan minorPlan(String findingReference) {
        return new CorrectiveActionPlan(findingReference, null, null, null, MINOR_DUE, CapStatus.OPEN);
    }

    /** A 1200 x 800 photo stand-in, wider than the page so the writer must scale it. */
    static byte[] photoPng() {
        BufferedImage image = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0x4A, 0x6F, 0x8A), 1200, 800, new Color(0xD9, 0xC9, 0xA3)));
        g.fillRect(0, 0, 1200, 800);
        g.setColor(new Color(0x8B, 0x1E, 0x1E));
        g.fillRect(480, 200, 240, 500);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 56));
        g.drawString("EXIT", 530, 170);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
