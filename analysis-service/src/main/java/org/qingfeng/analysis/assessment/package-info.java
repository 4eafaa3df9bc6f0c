/**
 * The informants' assessment (绩效考核), per informant and year under the pseudonymous token: the
 * facts of each item from three topics, and the ranking with recommendations the console shows.
 */
@NullMarked
package org.qingfeng.analysis.assessment;

import org.jspecify.annotations.NullMarked;
