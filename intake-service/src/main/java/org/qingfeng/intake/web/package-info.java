/** HTTP problem details shared by every endpoint, and the ping baseline. */
@NullMarked
package org.qingfeng.intake.web;

import org.jspecify.annotations.NullMarked;
