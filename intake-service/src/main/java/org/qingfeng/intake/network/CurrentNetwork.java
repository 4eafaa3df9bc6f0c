package org.qingfeng.intake.network;

import org.qingfeng.intake.network.rules.NetworkView;

/** The network as this instance knows it now; submissions are checked against it. */
public interface CurrentNetwork {

    NetworkView view();
}
