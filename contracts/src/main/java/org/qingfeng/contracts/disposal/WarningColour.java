package org.qingfeng.contracts.disposal;

/** The four-colour ladder (四色预警), mildest first. */
public enum WarningColour {
    /** 情况说明通知书: a written explanation. */
    BLUE,
    /** 警示谈话 / 诫勉谈话: a warning or admonishment talk. */
    YELLOW,
    /** 廉政预警通知书 / 廉政整改通知书: integrity warning or rectification with a deadline. */
    ORANGE,
    /** 立案调查: a case filed for investigation. */
    RED
}
