/**
 * Sealing personal data: envelope encryption (AES-256-GCM, rotatable keys) and keyed pseudonyms.
 * Nothing outside intake can open a box or reverse a token.
 */
@NullMarked
package org.qingfeng.intake.sealing;

import org.jspecify.annotations.NullMarked;
