package org.supplieresg.evidence;

/** What a piece of evidence is, for reviewers and for expiry (certificates and audit reports expire). */
public enum EvidenceKind {
    CERTIFICATE, POLICY, REPORT, PHOTO, INVOICE, MEASUREMENT, AUDIT_REPORT, OTHER
}
