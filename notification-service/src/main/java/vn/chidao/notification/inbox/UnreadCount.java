package vn.chidao.notification.inbox;

public record UnreadCount(long unread) {}
