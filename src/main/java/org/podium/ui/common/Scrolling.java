package org.podium.ui.common;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** Scrolling a pane so that a part of its content is in sight. */
public final class Scrolling {
    private Scrolling() {
    }

    /**
     * Scrolls {@code pane} vertically, as little as needed, so that {@code node} (inside its content) is in sight: its
     * top when it is taller than the viewport.
     */
    public static void show(ScrollPane pane, Node node) {
        Node content = pane.getContent();
        if (content == null || node == null) {
            return;
        }
        content.applyCss();
        pane.layout();
        Bounds viewport = pane.getViewportBounds();
        double contentHeight = content.getLayoutBounds().getHeight();
        double room = contentHeight - viewport.getHeight();
        if (room <= 0) {
            return;
        }
        Bounds at = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        double top = pane.getVvalue() * room; // the content's y at the viewport's top
        double shownTop = top;
        if (at.getMinY() < top || at.getHeight() > viewport.getHeight()) {
            shownTop = at.getMinY();
        } else if (at.getMaxY() > top + viewport.getHeight()) {
            shownTop = at.getMaxY() - viewport.getHeight();
        }
        pane.setVvalue(Math.max(0, Math.min(1, shownTop / room)) * (pane.getVmax() - pane.getVmin()) + pane.getVmin());
    }
}
