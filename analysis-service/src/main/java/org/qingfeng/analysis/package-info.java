/**
 * analysis-service: monthly ledgers, the network and reporting compliance as projected from intake,
 * triage decisions, and the informants' yearly assessment.
 */
@NullMarked
package org.qingfeng.analysis;

import org.jspecify.annotations.NullMarked;
