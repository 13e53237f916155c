package com.example.tickets;

public enum EventStatus { DRAFT, ON_SALE, SOLD_OUT, CANCELLED }
