package org.qingfeng.auth.signin;

import org.springframework.security.core.AuthenticationException;

/** A correct password whose sign-in could not be audited: refused, as an unaudited sign-in is not allowed. */
public class SignInUnaudited extends AuthenticationException {

    SignInUnaudited(Throwable cause) {
        super("The sign-in could not be audited", cause);
    }
}
