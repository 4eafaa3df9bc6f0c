package org.qingfeng.analysis.register;

import java.util.Optional;
import org.qingfeng.contracts.analysis.RiskLevel;

/** The register's view other features ask of: how high a unit's risk points are. */
public interface RiskLevels {

    /** The highest level among the unit's active risk points (unit and post points), if it has any. */
    Optional<RiskLevel> highestFor(String unitCode);
}
