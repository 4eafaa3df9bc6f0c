package org.qingfeng.disposal.warning;

import org.qingfeng.contracts.disposal.WarningColour;

/**
 * What a colour policy decided for one item.
 *
 * @param measure the disposal measure of the colour, for people (Chinese first)
 * @param reason which rule fired, in words a reviewer can check
 */
record ColourDecision(WarningColour colour, String measure, String policyVersion, String reason) {}
