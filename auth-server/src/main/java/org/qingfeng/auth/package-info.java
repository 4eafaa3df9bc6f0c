/** The embedded authorization server of the local default: tokens for the console and the service accounts, and the user accounts they are issued to. */
@NullMarked
package org.qingfeng.auth;

import org.jspecify.annotations.NullMarked;
