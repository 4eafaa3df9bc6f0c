package org.qingfeng.auth.user;

import org.qingfeng.auth.user.UserBodies.Created;
import org.qingfeng.auth.user.UserBodies.NewPassword;
import org.qingfeng.auth.user.UserBodies.NewUser;
import org.qingfeng.auth.user.UserBodies.UserChange;
import org.qingfeng.auth.user.UserBodies.UserList;
import org.qingfeng.auth.user.UserBodies.UserView;
import org.qingfeng.support.security.Actors;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The network administrators' user accounts API, each call held to the caller's subtree. */
@RestController
@RequestMapping("/api/users")
@PreAuthorize("hasRole('NETWORK_ADMIN')")
class UserController {

    private final UserAdministration administration;

    UserController(UserAdministration administration) {
        this.administration = administration;
    }

    @GetMapping
    UserList list() {
        return new UserList(administration.visibleTo(Actors.current()));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Created create(@RequestBody NewUser body) {
        return new Created(administration.create(Actors.current(), body));
    }

    @PutMapping("/{id}")
    UserView change(@PathVariable String id, @RequestBody UserChange body) {
        return administration.change(Actors.current(), id, body);
    }

    @PostMapping("/{id}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changePassword(@PathVariable String id, @RequestBody NewPassword body) {
        administration.changePassword(Actors.current(), id, body.password() == null ? "" : body.password());
    }

    @PostMapping("/{id}/unlock")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unlock(@PathVariable String id) {
        administration.unlock(Actors.current(), id);
    }
}
