package org.qingfeng.contracts.intake;

/** The way an item reached the network (DOMAIN.md, "How items arrive"). */
public enum Channel {
    WEB_FORM,
    API,
    CONTACT_CARD,
    LETTER,
    SMS,
    EMAIL,
    HOTLINE,
    VISIT,
    ONLINE_PETITION,
    INTEGRITY_MAILBOX,
    QUESTIONNAIRE,
    FORUM,
    CADRE_VISIT,
    MONTHLY_BATCH,
    MONITORING_REPORT
}
