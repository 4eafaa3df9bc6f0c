package org.qingfeng.auth.signin;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page, Chinese first. Which of its messages shows is told by a query flag the failure
 * handler sets; the page never echoes what was typed.
 */
@Controller
class LoginController {

    static final String UNAVAILABLE = "暂时无法登录，请稍后再试 / Sign-in is unavailable right now, try again later";

    @GetMapping("/login")
    String login(
            @RequestParam(required = false) String error,
            @RequestParam(required = false) String locked,
            @RequestParam(required = false) String unavailable,
            @RequestParam(required = false) String logout,
            Model model) {
        if (locked != null) {
            model.addAttribute("problem", PasswordSignIn.LOCKED);
        } else if (unavailable != null) {
            model.addAttribute("problem", UNAVAILABLE);
        } else if (error != null) {
            model.addAttribute("problem", PasswordSignIn.WRONG);
        }
        if (logout != null) {
            model.addAttribute("notice", "您已退出登录 / You have signed out");
        }
        return "login";
    }

    /** Where a sign-in without a pending authorization lands. */
    @GetMapping("/")
    String home(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("displayName", user.displayName());
        return "home";
    }
}
