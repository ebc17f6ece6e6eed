package org.supplieresg.minerals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.supplieresg.audit.Severity;
import org.supplieresg.reports.minerals.ConformantListReader.Status;
import org.supplieresg.reports.minerals.Metal;
import org.supplieresg.reports.minerals.RmiTemplate;
import org.supplieresg.reports.minerals.RmiTemplateReader;
import org.supplieresg.reports.minerals.RmiTemplateReader.Smelter;

class MineralsDeclarationTest {

    private static final Instant UPLOADED = Instant.parse("2025-07-01T08:00:00Z");
    private static final Instant LATER = Instant.parse("2025-08-01T08:00:00Z");

    private static final ConformantList LIST = ConformantList.builder(3)
            .add(Metal.TIN, "CID002180", Status.CONFORMANT)
            .add(Metal.GOLD, "CID002763", Status.ACTIVE)
            .build();

    private static MineralsDeclaration cmrt(Smelter... smelters) {
        return new MineralsDeclaration(1, new RmiTemplateReader.Declaration(RmiTemplate.CMRT, "6.5", " Hunan Xinyuan ", List.of(smelters)),
                new MineralsDeclaration.File("cmrt.xlsx", "a".repeat(64), 1000L), "supplier", UPLOADED);
    }

    private static Smelter smelter(int row, Metal metal, String id, String name, String country) {
        return new Smelter(row, metal, id, name, country, id == null ? null : "RMI");
    }

    @Test
    void keepsWhatTheFileDeclaresWithCountriesAsCodes() {
        MineralsDeclaration declaration = cmrt(
                smelter(5, Metal.TIN, "CID002180", "Yunnan Tin Company Limited", "CHINA"),
                smelter(6, Metal.TUNGSTEN, null, "Jiangxi Small Tungsten Works", "Korea, Republic of"),
                smelter(7, Metal.TANTALUM, null, "Smelter not yet identified", null));

        assertThat(declaration.companyName()).isEqualTo("Hunan Xinyuan");
        assertThat(declaration.smelters()).extracting(DeclaredSmelter::rowNo, DeclaredSmelter::country, DeclaredSmelter::countryName,
                        DeclaredSmelter::conformance)
                .containsExactly(tuple(5, "CN", "CHINA", Conformance.UNKNOWN), tuple(6, "KR", "Korea, Republic of", Conformance.UNKNOWN),
                        tuple(7, null, null, Conformance.UNKNOWN));
    }

    @Test
    void aSmelterNamedTwiceForTheSameMetalCountsOnce() {
        MineralsDeclaration declaration = cmrt(
                smelter(5, Metal.TIN, "CID002180", "Yunnan Tin Company Limited", "CHINA"),
                smelter(6, Metal.TIN, "CID002180", "Yunnan Tin (alias)", "CHINA"),
                smelter(7, Metal.GOLD, "CID002180", "Same number, other metal", "CHINA"),
                smelter(8, Metal.TUNGSTEN, null, "Small Works", "CHINA"),
                smelter(9, Metal.TUNGSTEN, null, "small works ", "CHINA"));

        assertThat(declaration.smelters()).extracting(DeclaredSmelter::rowNo).containsExactly(5, 7, 8);
    }

    @Test
    void needsACompanyAndASmelter() {
        assertThatIllegalArgumentException().isThrownBy(this::emptyDeclaration);
        assertThatIllegalArgumentException().isThrownBy(() -> new MineralsDeclaration(1,
                new RmiTemplateReader.Declaration(RmiTemplate.EMRT, "2.0", " ", List.of(smelter(5, Metal.COBALT, "CID002320", "Umicore", "BELGIUM")))
                , new MineralsDeclaration.File("emrt.xlsx", "b".repeat(64), null), "supplier", UPLOADED));
    }

    private MineralsDeclaration emptyDeclaration() {
        return cmrt();
    }

    @Test
    void aReviewOpensAFindingForEverySmelterNotShownConformant() {
        MineralsDeclaration declaration = cmrt(
                smelter(5, Metal.TIN, "CID002180", "Yunnan Tin Company Limited", "CHINA"),
                smelter(6, Metal.GOLD, "CID002763", "8853 S.p.A.", "ITALY"),
                smelter(7, Metal.TUNGSTEN, "CID000001", "Unknown Tungsten", "CHINA"),
                smelter(8, Metal.TANTALUM, null, "Smelter not yet identified", null));

        List<MineralsFinding> opened = declaration.review(LIST, List.of(), LATER);

        assertThat(declaration.smelters()).extracting(DeclaredSmelter::conformance)
                .containsExactly(Conformance.CONFORMANT, Conformance.NOT_CONFORMANT, Conformance.NOT_CONFORMANT, Conformance.UNKNOWN);
        assertThat(opened).extracting(MineralsFinding::smelterName, MineralsFinding::reason, MineralsFinding::severity,
                        MineralsFinding::indicatorCode, MineralsFinding::listId, MineralsFinding::status)
                .containsExactly(
                        tuple("8853 S.p.A.", FindingReason.LISTED_ACTIVE, Severity.MINOR, "MIN-04", 3L, MineralsFinding.Status.OPEN),
                        tuple("Unknown Tungsten", FindingReason.NOT_ON_LIST, Severity.MAJOR, "MIN-04", 3L, MineralsFinding.Status.OPEN),
                        tuple("Smelter not yet identified", FindingReason.NOT_IDENTIFIED, Severity.MINOR, "MIN-04", 3L,
                                MineralsFinding.Status.OPEN));
        assertThat(opened).allSatisfy(f -> {
            assertThat(f.supplierId()).isEqualTo(1L);
            assertThat(f.openedAt()).isEqualTo(LATER);
        });
    }

    @Test
    void beforeAnyListOnlyUnidentifiedSmeltersAreFindings() {
        MineralsDeclaration declaration = cmrt(
                smelter(5, Metal.TIN, "CID002180", "Yunnan Tin Company Limited", "CHINA"),
                smelter(6, Metal.TANTALUM, null, "Smelter not yet identified", null));

        assertThat(declaration.review(ConformantList.NONE, List.of(), UPLOADED)).extracting(MineralsFinding::reason)
                .containsExactly(FindingReason.NOT_IDENTIFIED);
    }

    @Test
    void aNewListClosesWhatItShowsConformantKeepsWhatStaysAndReplacesWhatChangedReason() {
        MineralsDeclaration declaration = cmrt(
                smelter(5, Metal.GOLD, "CID002763", "8853 S.p.A.", "ITALY"),
                smelter(6, Metal.TUNGSTEN, "CID000001", "Unknown Tungsten", "CHINA"),
                smelter(7, Metal.TIN, "CID000002", "Tin Two", "CHINA"));
        List<MineralsFinding> open = new ArrayList<>(declaration.review(LIST, List.of(), UPLOADED));
        assertThat(open).hasSize(3);

        ConformantList next = ConformantList.builder(4)
                .add(Metal.GOLD, "CID002763", Status.CONFORMANT)
                .add(Metal.TIN, "CID000002", Status.NOT_CONFORMANT)
                .build();
        List<MineralsFinding> opened = declaration.review(next, open, LATER);

        assertThat(open).extracting(MineralsFinding::smelterName, MineralsFinding::status, MineralsFinding::closedBecause)
                .containsExactly(
                        tuple("8853 S.p.A.", MineralsFinding.Status.CLOSED, MineralsFinding.Closure.CONFORMANT),
                        tuple("Unknown Tungsten", MineralsFinding.Status.OPEN, null),
                        tuple("Tin Two", MineralsFinding.Status.CLOSED, MineralsFinding.Closure.REASON_CHANGED));
        assertThat(open.get(0).closedAt()).isEqualTo(LATER);
        assertThat(opened).extracting(MineralsFinding::smelterName, MineralsFinding::reason, MineralsFinding::listId)
                .containsExactly(tuple("Tin Two", FindingReason.LISTED_NOT_CONFORMANT, 4L));
    }

    @Test
    void aNewerDeclarationOfTheSameTemplateSupersedesTheOlderFindings() {
        MineralsDeclaration older = cmrt(smelter(5, Metal.TANTALUM, null, "Smelter not yet identified", null));
        List<MineralsFinding> open = older.review(LIST, List.of(), UPLOADED);
        MineralsDeclaration emrt = new MineralsDeclaration(1, new RmiTemplateReader.Declaration(RmiTemplate.EMRT, "2.0", "Hunan Xinyuan",
                List.of(smelter(5, Metal.COBALT, null, "Smelter not yet identified", null))),
                new MineralsDeclaration.File("emrt.xlsx", "c".repeat(64), null), "supplier", UPLOADED);
        List<MineralsFinding> emrtOpen = emrt.review(LIST, List.of(), UPLOADED);
        MineralsDeclaration newer = cmrt(smelter(5, Metal.TIN, "CID002180", "Yunnan Tin Company Limited", "CHINA"));

        List<MineralsFinding> all = new ArrayList<>(open);
        all.addAll(emrtOpen);
        newer.supersede(all, LATER);

        assertThat(open).extracting(MineralsFinding::status, MineralsFinding::closedBecause)
                .containsExactly(tuple(MineralsFinding.Status.CLOSED, MineralsFinding.Closure.SUPERSEDED));
        assertThat(emrtOpen).as("another template's findings stay").extracting(MineralsFinding::status).containsExactly(MineralsFinding.Status.OPEN);
    }

    @Test
    void aClosedFindingStaysClosed() {
        MineralsDeclaration declaration = cmrt(smelter(5, Metal.TANTALUM, null, "Smelter not yet identified", null));
        MineralsFinding finding = declaration.review(LIST, List.of(), UPLOADED).get(0);
        finding.close(MineralsFinding.Closure.SUPERSEDED, UPLOADED);

        finding.close(MineralsFinding.Closure.CONFORMANT, LATER);

        assertThat(finding.closedBecause()).isEqualTo(MineralsFinding.Closure.SUPERSEDED);
        assertThat(finding.closedAt()).isEqualTo(UPLOADED);
        assertThat(finding.auditSnapshot()).containsEntry("status", "CLOSED").containsEntry("metal", "tantalum");
    }
}
