package org.qingfeng.localstack.network;

import org.qingfeng.contracts.intake.Urgency;

/** A warning item as {@code POST /api/items} takes it, valid against the demo network. */
public record SampleItem(String regionCode, String unitCode, String subjectArea, Urgency urgency, String description) {}
