/**
 * Small value objects and domain errors that every business component uses: {@link org.supplieresg.shared.Money},
 * field-level validation results and the typed exceptions that the web layer turns into messages and HTTP answers.
 */
package org.supplieresg.shared;
