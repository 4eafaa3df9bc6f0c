package org.qingfeng.intake.network.rules;

/**
 * Whether a run of characters is the name of someone the network knows (an informant), answered
 * without holding the names: the roster keeps only keyed digests of them.
 */
@FunctionalInterface
public interface KnownNames {

    KnownNames NONE = candidate -> false;

    boolean isKnownName(String candidate);
}
