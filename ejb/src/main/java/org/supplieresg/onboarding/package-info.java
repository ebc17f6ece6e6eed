/**
 * Onboarding of small suppliers (入门引导): the first-login guide a supplier user goes through once (company details,
 * contacts, the first questionnaire, what comes next), and the help offered on its last step and on the home page: the
 * supplier's weakest dimensions with the policy templates and training modules that address them.
 */
package org.supplieresg.onboarding;
