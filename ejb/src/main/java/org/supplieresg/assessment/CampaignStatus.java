package org.supplieresg.assessment;

/** A campaign is open for answers until the buyer closes it. */
public enum CampaignStatus {
    OPEN, CLOSED
}
