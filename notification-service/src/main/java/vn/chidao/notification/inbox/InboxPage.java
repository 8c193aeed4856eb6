package vn.chidao.notification.inbox;

import java.util.List;

/** A page of the caller's inbox, unread first then newest, with their unread count. */
public record InboxPage(List<InboxItem> items, long unread, int page, int size, long total) {}
