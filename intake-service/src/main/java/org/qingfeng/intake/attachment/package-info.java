/** Files submitted with items: checked, stripped of metadata, sealed into Kafka and served only to staff in scope. */
@NullMarked
package org.qingfeng.intake.attachment;

import org.jspecify.annotations.NullMarked;
