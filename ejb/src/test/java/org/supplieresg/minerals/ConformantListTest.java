package org.supplieresg.minerals;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.supplieresg.audit.Severity;
import org.supplieresg.reports.minerals.ConformantListReader.Status;
import org.supplieresg.reports.minerals.Metal;

class ConformantListTest {

    private final ConformantList list = ConformantList.builder(7)
            .add(Metal.TIN, "CID002180", Status.CONFORMANT)
            .add(Metal.COPPER, "CID004001", Status.ACTIVE)
            .add(Metal.COBALT, "CID009999", Status.NOT_CONFORMANT)
            .build();

    @Test
    void aSmelterOnTheListAsConformantForThatMetalIsConformant() {
        assertThat(list.assess(Metal.TIN, "CID002180")).isEqualTo(new Verdict(Conformance.CONFORMANT, null));
        assertThat(list.assess(Metal.TIN, " cid002180 ")).as("as the templates and lists write it").isEqualTo(new Verdict(Conformance.CONFORMANT, null));
    }

    @Test
    void aNumberTheListDoesNotKnowForThatMetalIsNotConformant() {
        assertThat(list.assess(Metal.TIN, "CID000001")).isEqualTo(new Verdict(Conformance.NOT_CONFORMANT, FindingReason.NOT_ON_LIST));
        assertThat(list.assess(Metal.GOLD, "CID002180")).as("conformant for tin says nothing of gold")
                .isEqualTo(new Verdict(Conformance.NOT_CONFORMANT, FindingReason.NOT_ON_LIST));
    }

    @Test
    void aSmelterListedActiveOrNonConformantIsNotConformant() {
        assertThat(list.assess(Metal.COPPER, "CID004001")).isEqualTo(new Verdict(Conformance.NOT_CONFORMANT, FindingReason.LISTED_ACTIVE));
        assertThat(list.assess(Metal.COBALT, "CID009999"))
                .isEqualTo(new Verdict(Conformance.NOT_CONFORMANT, FindingReason.LISTED_NOT_CONFORMANT));
    }

    @Test
    void aSmelterWithoutNumberIsUnknownWithOrWithoutList() {
        assertThat(list.assess(Metal.TANTALUM, null)).isEqualTo(new Verdict(Conformance.UNKNOWN, FindingReason.NOT_IDENTIFIED));
        assertThat(ConformantList.NONE.assess(Metal.TANTALUM, null)).isEqualTo(new Verdict(Conformance.UNKNOWN, FindingReason.NOT_IDENTIFIED));
    }

    @Test
    void beforeAnyListNoIdentifiedSmelterIsJudged() {
        assertThat(ConformantList.NONE.assess(Metal.TIN, "CID002180")).isEqualTo(new Verdict(Conformance.UNKNOWN, null));
        assertThat(ConformantList.NONE.listId()).isNull();
    }

    @Test
    void knownNonConformanceIsMajorAndGapsOfInformationOrTimeAreMinor() {
        assertThat(FindingReason.NOT_ON_LIST.severity()).isEqualTo(Severity.MAJOR);
        assertThat(FindingReason.LISTED_NOT_CONFORMANT.severity()).isEqualTo(Severity.MAJOR);
        assertThat(FindingReason.LISTED_ACTIVE.severity()).isEqualTo(Severity.MINOR);
        assertThat(FindingReason.NOT_IDENTIFIED.severity()).isEqualTo(Severity.MINOR);
        assertThat(FindingReason.INDICATOR).isEqualTo("MIN-04");
    }
}
