/**
 * Training and development (培训与发展): a library of training modules (a link to a publisher's course or guidance, or
 * material uploaded by the buyer), each for one dimension of the catalogue; a threshold below which a dimension score
 * assigns that dimension's modules to the supplier automatically when it is scored; and the supplier's completion of
 * each assigned module, with a certificate from its evidence library if it has one.
 */
package org.supplieresg.training;
