package org.supplieresg.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.supplieresg.evidence.Evidence;
import org.supplieresg.scoring.AnswerType;
import org.supplieresg.scoring.Response;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.InvalidInputException;

/** Shared results: what a result proposes, what is refused, and how an answer taken from one behaves. */
class SharedResultTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final Instant NOW = Instant.parse("2026-11-27T08:00:00Z");
    static final Set<String> SCHEMES = Set.of("ECOVADIS", "ISO_14001", "ISO_45001", "ISO_50001");

    final SharedResultScheme iso45001 = new SharedResultScheme("ISO_45001", 36, null, null);
    final SharedResultScheme iso14001 = new SharedResultScheme("ISO_14001", 36, null, null);
    final SharedResultScheme ecovadis = new SharedResultScheme("ECOVADIS", 12, BigDecimal.ZERO, new BigDecimal("100"));

    final CatalogueVersion catalogue = new CatalogueVersion(1, "v1", null, null, "test", NOW);
    final Dimension mgt = new Dimension(catalogue, "MGT", 1, "Management", "管理", new BigDecimal("50"), 2);
    final Dimension hse = new Dimension(catalogue, "HSE", 2, "Safety", "安全", new BigDecimal("50"), 2);
    final Indicator mgt01 = indicator(mgt, "MGT-01", AnswerType.MATURITY);
    final Indicator mgt03 = indicator(mgt, "MGT-03", AnswerType.MATURITY);
    final Indicator hse01 = indicator(hse, "HSE-01", AnswerType.YES_NO);

    final List<CoverageRule> rules = List.of(
            rule(iso45001, hse01, "YES", null),
            rule(iso45001, mgt01, "LEVEL_2", null),
            rule(iso45001, mgt01, "LEVEL_3", null, "ISO_14001"),
            rule(iso14001, mgt01, "LEVEL_2", null),
            rule(ecovadis, mgt03, "LEVEL_2", "45"),
            rule(ecovadis, mgt03, "LEVEL_3", "65"));

    static Indicator indicator(Dimension dimension, String code, AnswerType type) {
        String[] texts = {code + "?", code + "？", "", "", "", ""};
        List<MaturityLevel> levels = type == AnswerType.MATURITY
                ? List.of(new MaturityLevel(0, "none", "无"), new MaturityLevel(1, "a", "a"), new MaturityLevel(2, "b", "b"),
                new MaturityLevel(3, "c", "c"), new MaturityLevel(4, "d", "d"))
                : List.of();
        return new Indicator(dimension, code, 1, type, null, new BigDecimal("5"), false, false, false, texts, levels, List.of(), List.of());
    }

    CoverageRule rule(SharedResultScheme scheme, Indicator indicator, String answer, String minScore, String... alsoRequires) {
        return CoverageRule.create(scheme, indicator, answer, minScore == null ? null : new BigDecimal(minScore),
                List.of(alsoRequires), SCHEMES, "because", "因为", "admin", NOW);
    }

    static Evidence fileOf(long supplierId) {
        return new Evidence() {
            @Override
            public Long supplierId() {
                return supplierId;
            }
        };
    }

    static SharedResult.Statement statement(String scheme, LocalDate assessedOn, LocalDate validTo, String score) {
        return new SharedResult.Statement(scheme, 1, assessedOn, validTo, "Certified", score == null ? null : new BigDecimal(score),
                "CN-45001-778", "TÜV SÜD");
    }

    SharedResult submitted(SharedResultScheme scheme, LocalDate validTo, String score, Map<String, LocalDate> held) {
        SharedResult result = SharedResult.submit(7, scheme, fileOf(7), statement(scheme.code(), TODAY.minusMonths(2), validTo, score),
                TODAY, "supplier", NOW);
        result.propose(rules, held);
        return result;
    }

    static Map<String, String> proposed(SharedResult result) {
        return result.proposals().stream().collect(java.util.stream.Collectors.toMap(CoverageProposal::indicatorCode,
                CoverageProposal::proposedAnswer));
    }

    @Test
    void anIso45001CertificateAloneProposesItsOwnIndicatorsAndTheLowerLevelOfTheCombinedOne() {
        SharedResult result = submitted(iso45001, LocalDate.of(2028, 3, 31), null, Map.of());

        assertThat(proposed(result)).containsExactlyInAnyOrderEntriesOf(Map.of("HSE-01", "YES", "MGT-01", "LEVEL_2"));
        assertThat(result.proposals()).allSatisfy(p -> {
            assertThat(p.validTo()).isEqualTo(LocalDate.of(2028, 3, 31));
            assertThat(p.status()).isEqualTo(CoverageProposal.Status.PROPOSED);
        });
    }

    @Test
    void withACurrentIso14001TheHigherLevelIsProposedAndLapsesWithTheFirstCertificateToExpire() {
        LocalDate iso14001Ends = LocalDate.of(2027, 1, 31);
        SharedResult result = submitted(iso45001, LocalDate.of(2028, 3, 31), null, Map.of("ISO_14001", iso14001Ends));

        assertThat(proposed(result)).containsEntry("MGT-01", "LEVEL_3");
        CoverageProposal mgt = result.proposals().stream().filter(p -> p.indicatorCode().equals("MGT-01")).findFirst().orElseThrow();
        assertThat(mgt.validTo()).isEqualTo(iso14001Ends);
        assertThat(mgt.alsoRequires()).isEqualTo("ISO_14001");
    }

    @Test
    void anEcoVadisScoreProposesTheBestLevelItsScoreReaches() {
        assertThat(proposed(submitted(ecovadis, null, "70", Map.of()))).containsExactlyEntriesOf(Map.of("MGT-03", "LEVEL_3"));
        assertThat(proposed(submitted(ecovadis, null, "50", Map.of()))).containsExactlyEntriesOf(Map.of("MGT-03", "LEVEL_2"));
        assertThat(proposed(submitted(ecovadis, null, "44.9", Map.of()))).isEmpty();
    }

    @Test
    void aResultWithoutEndDateCountsForTheSchemesDefaultValidity() {
        SharedResult result = SharedResult.submit(7, ecovadis, fileOf(7), statement("ECOVADIS", LocalDate.of(2026, 3, 1), null, "62"),
                TODAY, "supplier", NOW);

        assertThat(result.validTo()).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void badStatementsAreRefusedWithEveryProblemNamed() {
        assertThat(problems(() -> SharedResult.submit(7, iso45001, fileOf(8), statement("ISO_45001", TODAY.plusDays(1), null, null),
                TODAY, "s", NOW))).containsExactly("evidence.otherCompany", "sharedResult.assessedOn.future");
        assertThat(problems(() -> SharedResult.submit(7, iso45001, fileOf(7), statement("ISO_45001", TODAY.minusYears(4), TODAY.minusDays(1), null),
                TODAY, "s", NOW))).containsExactly("sharedResult.expired");
        assertThat(problems(() -> SharedResult.submit(7, iso45001, fileOf(7), statement("ISO_45001", TODAY.minusDays(3), TODAY.minusDays(5), null),
                TODAY, "s", NOW))).containsExactly("sharedResult.validTo.beforeAssessed");
        assertThat(problems(() -> SharedResult.submit(7, ecovadis, fileOf(7), statement("ECOVADIS", TODAY, null, "101"),
                TODAY, "s", NOW))).containsExactly("sharedResult.score.range");
        assertThat(problems(() -> SharedResult.submit(7, ecovadis, fileOf(7), statement("ECOVADIS", TODAY, null, null),
                TODAY, "s", NOW))).containsExactly("sharedResult.score.required");
        assertThat(problems(() -> SharedResult.submit(7, iso45001, fileOf(7), statement("ISO_45001", TODAY, null, "80"),
                TODAY, "s", NOW))).containsExactly("sharedResult.score.none");
        SharedResult.Statement blank = new SharedResult.Statement("ISO_45001", 1, TODAY, null, " ", null, "x".repeat(81), "");
        assertThat(problems(() -> SharedResult.submit(7, iso45001, fileOf(7), blank, TODAY, "s", NOW)))
                .containsExactly("field.required", "field.required", "field.tooLong");
    }

    @Test
    void aRuleMustProposeAnAnswerItsIndicatorTakes() {
        assertThat(problems(() -> rule(iso45001, hse01, "LEVEL_3", null))).containsExactly("coverageRule.answer.type");
        assertThat(problems(() -> rule(iso45001, mgt01, "LEVEL_5", null))).containsExactly("coverageRule.answer.format");
        assertThat(problems(() -> rule(iso45001, mgt01, "LEVEL_2", "50"))).containsExactly("sharedResult.score.none");
        assertThat(problems(() -> rule(ecovadis, mgt03, "LEVEL_2", "120"))).containsExactly("sharedResult.score.range");
        assertThat(problems(() -> rule(iso45001, mgt01, "LEVEL_3", null, "SA8000"))).containsExactly("coverageRule.alsoRequires.unknown");
        assertThat(problems(() -> rule(iso45001, mgt01, "LEVEL_3", null, "ISO_45001"))).containsExactly("coverageRule.alsoRequires.unknown");
    }

    @Test
    void anAcceptedProposalAnswersAcceptedNamesItsSourceAndLapsesWithIt() {
        SharedResult result = submitted(iso45001, TODAY.plusDays(10), null, Map.of());
        CoverageProposal hse = result.proposals().stream().filter(p -> p.indicatorCode().equals("HSE-01")).findFirst().orElseThrow();
        hse.decide(true, null, TODAY, "buyer", NOW);
        Assessment assessment = new Assessment(publishedCampaign(), null);

        Answer answer = assessment.takeFrom(hse, hse01, "buyer", NOW).orElseThrow();

        assertThat(answer.response()).isEqualTo(new Response.YesNo(true));
        assertThat(answer.decision()).isEqualTo(Decision.ACCEPTED);
        assertThat(answer.source()).isSameAs(hse);
        assertThat(answer.evidence()).containsExactly(result.evidence());
        assertThat(answer.sourceExpired(TODAY.plusDays(10), "lapsed", NOW)).as("valid through its last day").isFalse();
        assertThat(answer.sourceExpired(TODAY.plusDays(11), "lapsed", NOW)).isTrue();
        assertThat(answer.decision()).isEqualTo(Decision.MORE_INFO);
        assertThat(answer.validationReason()).isEqualTo("lapsed");
    }

    @Test
    void anAnswerAReviewerAlreadyAcceptedIsKeptAndASupplierChangeDropsTheSource() {
        SharedResult result = submitted(iso45001, TODAY.plusYears(1), null, Map.of());
        CoverageProposal hse = result.proposals().stream().filter(p -> p.indicatorCode().equals("HSE-01")).findFirst().orElseThrow();
        hse.decide(true, null, TODAY, "buyer", NOW);
        Assessment assessment = new Assessment(publishedCampaign(), null);
        Answer taken = assessment.takeFrom(hse, hse01, "buyer", NOW).orElseThrow();

        assertThat(assessment.takeFrom(hse, hse01, "buyer", NOW)).as("already accepted: kept").isEmpty();

        assessment.answer(hse01, new Response.YesNo(false), null, "supplier", NOW);
        assertThat(taken.source()).isNull();
        assertThat(taken.decision()).isEqualTo(Decision.PENDING);
    }

    @Test
    void aDecisionIsFinalDecliningNeedsANoteAndALapsedProposalCannotBeAccepted() {
        SharedResult result = submitted(iso45001, TODAY.plusDays(1), null, Map.of());
        CoverageProposal first = result.proposals().get(0);
        CoverageProposal second = result.proposals().get(1);

        assertThat(problems(() -> first.decide(false, " ", TODAY, "buyer", NOW))).containsExactly("coverageProposal.declineNote");
        assertThat(problems(() -> first.decide(true, null, TODAY.plusDays(2), "buyer", NOW))).containsExactly("coverageProposal.expired");
        first.decide(false, "The certificate names the head office, not the plant.", TODAY, "buyer", NOW);
        assertThat(first.status()).isEqualTo(CoverageProposal.Status.DECLINED);
        assertThat(problems(() -> first.decide(true, null, TODAY, "buyer", NOW))).containsExactly("coverageProposal.decided");
        second.decide(true, null, TODAY, "buyer", NOW);
        assertThat(second.status()).isEqualTo(CoverageProposal.Status.ACCEPTED);
    }

    private Campaign publishedCampaign() {
        catalogue.publish(NOW);
        return Campaign.launch("Test", catalogue, TODAY.plusDays(30), TODAY, "all", "buyer", NOW);
    }

    private static List<String> problems(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            return e.violations().stream().map(FieldViolation::messageKey).toList();
        }
        throw new AssertionError("nothing was refused");
    }
}
