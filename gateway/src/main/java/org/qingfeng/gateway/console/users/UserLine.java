package org.qingfeng.gateway.console.users;

import org.qingfeng.gateway.console.Named;

/** One account as the table shows it: the node by its network name where the console knows it. */
record UserLine(UserAccount account, Named node) {}
