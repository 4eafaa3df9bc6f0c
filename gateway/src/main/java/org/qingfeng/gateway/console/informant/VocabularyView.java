package org.qingfeng.gateway.console.informant;

import java.util.List;

/** The {@link Vocabulary} for the templates, which can only call public methods. */
record VocabularyView() {

    public List<String> types() {
        return Vocabulary.TYPES;
    }

    public List<String> backgrounds() {
        return Vocabulary.BACKGROUNDS;
    }

    public List<String> roles() {
        return Vocabulary.ROLES;
    }

    public String alwaysHeldRole() {
        return Vocabulary.ALWAYS_HELD_ROLE;
    }

    public List<String> statuses() {
        return Vocabulary.STATUSES;
    }

    public List<String> trainingLevels() {
        return Vocabulary.TRAINING_LEVELS;
    }

    public List<String> contactWays() {
        return Vocabulary.CONTACT_WAYS;
    }

    public List<String> homeKinds() {
        return Vocabulary.HOME_KINDS;
    }

    public List<String> appointerKinds() {
        return Vocabulary.APPOINTER_KINDS;
    }

    public List<String> branchKinds() {
        return Vocabulary.BRANCH_KINDS;
    }
}
