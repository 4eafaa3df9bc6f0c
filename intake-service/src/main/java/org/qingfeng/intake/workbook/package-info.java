/** The registry as an .xlsx workbook: import (all or nothing), export without identities, and the template. */
@NullMarked
package org.qingfeng.intake.workbook;

import org.jspecify.annotations.NullMarked;
