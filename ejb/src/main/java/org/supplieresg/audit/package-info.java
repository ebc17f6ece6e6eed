/**
 * On-site audits (现场审核): scheduling with conflict checks, the checklist drawn from the catalogue and the supplier's
 * self-assessment, findings (Priority, Major, Minor, after the RBA audit programme), corrective action plans with
 * verification and escalation, and the closure (follow-up) audit that closes Major and Priority findings.
 */
package org.supplieresg.audit;
