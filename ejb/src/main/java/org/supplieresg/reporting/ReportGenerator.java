package org.supplieresg.reporting;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import org.supplieresg.reports.Disclosure;
import org.supplieresg.reports.DisclosurePdf;
import org.supplieresg.reports.DisclosureWorkbook;
import org.supplieresg.reports.ScorecardPdf;

/** Gathers a report's data and hands it to its writer in module {@code reports}. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReportGenerator {

    @Inject
    Scorecards scorecards;

    @Inject
    PortfolioReport portfolio;

    @Inject
    Disclosures disclosures;

    @Inject
    Clock clock;

    public void write(ReportRequest request, String requestedBy, OutputStream out, Progress progress) throws IOException {
        switch (request.kind()) {
            case SCORECARD -> {
                progress.report("scorecard", 0, 2);
                var card = scorecards.of(request.supplierId(), request.locale(), requestedBy, clock.instant());
                progress.report("scorecard", 1, 2);
                ScorecardPdf.write(card, request.locale(), out);
            }
            case PORTFOLIO -> portfolio.write(request.year(), request.locale(), requestedBy, out, progress);
            case DISCLOSURE_PDF, DISCLOSURE_XLSX -> {
                Disclosure disclosure = disclosures.of(request.from(), request.to(), request.year(), request.locale(), requestedBy, progress);
                progress.report("writing", 6, 7);
                if (request.kind() == ReportKind.DISCLOSURE_PDF) {
                    DisclosurePdf.write(disclosure, request.locale(), out);
                } else {
                    DisclosureWorkbook.write(disclosure, request.locale(), out);
                }
            }
        }
    }
}
