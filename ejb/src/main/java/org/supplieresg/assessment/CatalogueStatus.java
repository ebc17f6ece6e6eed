package org.supplieresg.assessment;

/** A catalogue version is drafted, then published (the one in force), then retired when a newer one is published. */
public enum CatalogueStatus {
    DRAFT, PUBLISHED, RETIRED
}
