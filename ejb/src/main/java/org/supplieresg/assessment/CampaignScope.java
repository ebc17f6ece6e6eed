package org.supplieresg.assessment;

/** Which indicators a campaign asks: the whole catalogue, or the core subset marked for small companies. */
public enum CampaignScope {
    FULL, CORE
}
