/** Findings the work station's monthly analysis published, for disposal and for competent departments. */
@NullMarked
package org.qingfeng.disposal.finding;

import org.jspecify.annotations.NullMarked;
