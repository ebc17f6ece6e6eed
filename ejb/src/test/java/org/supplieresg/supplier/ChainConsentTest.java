package org.supplieresg.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.supplieresg.shared.InvalidInputException;

/** Who sees a supplier's results: the company itself; an invited Tier-2's only with its consent; nobody else. */
class ChainConsentTest {

    private static final Instant NOW = Instant.parse("2026-11-27T08:00:00Z");
    private static final long TIER1 = 10;
    private static final long TIER2 = 20;
    private static final long OTHER = 30;

    private static Supplier withId(Supplier supplier, long id) {
        try {
            Field field = Supplier.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(supplier, id);
            return supplier;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private final Supplier tier1 = withId(Supplier.register(ProfileBuilder.tier1().build(), null, NOW), TIER1);

    private Supplier invited() {
        return withId(Supplier.invite(ProfileBuilder.tier2(TIER1).build(), tier1, NOW), TIER2);
    }

    @Test
    void anInvitedTier2IsSeenByItselfOnlyUntilItConsents() {
        Supplier tier2 = invited();

        assertThat(tier2.invitedBy()).isSameAs(tier1);
        assertThat(tier2.parent()).isSameAs(tier1);
        assertThat(tier2.resultsVisibleTo(TIER2)).isTrue();
        assertThat(tier2.resultsVisibleTo(TIER1)).isFalse();
        assertThat(tier2.resultsVisibleTo(null)).as("the buyer's staff").isFalse();
        assertThat(tier2.resultsVisibleTo(OTHER)).isFalse();
    }

    @Test
    void consentOpensTheResultsToTheInvitingTier1AndTheBuyerAndToNobodyElse() {
        Supplier tier2 = invited();
        tier2.grantChainConsent("t2-admin", NOW);

        assertThat(tier2.resultsVisibleTo(TIER1)).isTrue();
        assertThat(tier2.resultsVisibleTo(null)).isTrue();
        assertThat(tier2.resultsVisibleTo(OTHER)).isFalse();
        assertThat(tier2.auditSnapshot()).containsEntry("chainConsent", NOW + " by t2-admin").containsEntry("invitedBy", "10");

        tier2.withdrawChainConsent();
        assertThat(tier2.resultsVisibleTo(TIER1)).isFalse();
        assertThat(tier2.resultsVisibleTo(null)).isFalse();
        assertThat(tier2.auditSnapshot()).containsEntry("chainConsent", "none");
    }

    @Test
    void aSupplierTheBuyerRegisteredIsTheBuyersAndNeverATier1s() {
        Supplier registered = withId(Supplier.register(ProfileBuilder.tier2(TIER1).build(), tier1, NOW), TIER2);

        assertThat(registered.resultsVisibleTo(null)).isTrue();
        assertThat(registered.resultsVisibleTo(TIER1)).isFalse();
        assertThatThrownBy(() -> registered.grantChainConsent("someone", NOW)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).violations().get(0).messageKey()).isEqualTo("chain.consent.notInvited");
    }

    @Test
    void aTier1InvitesOnlyItsOwnTier2AndTheBuyerCannotMoveItToAnotherTier1() {
        Supplier otherTier1 = withId(Supplier.register(ProfileBuilder.tier1().build(), null, NOW), OTHER);
        assertThatThrownBy(() -> Supplier.invite(ProfileBuilder.tier2(OTHER).build(), tier1, NOW)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).violations().get(0).messageKey()).isEqualTo("chain.invite.ownSupplierOnly");
        assertThatThrownBy(() -> Supplier.invite(ProfileBuilder.tier1().build(), tier1, NOW)).isInstanceOf(InvalidInputException.class);

        Supplier tier2 = invited();
        assertThatThrownBy(() -> tier2.revise(ProfileBuilder.tier2(OTHER).build(), otherTier1)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).violations().get(0).messageKey()).isEqualTo("chain.invited.parentFixed");
    }
}
