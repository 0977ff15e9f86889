declare namespace App {
  interface Locals {
    /** On the reading copy: entity page → the ¶ of its first link in the article (src/components/MentionLink.astro). */
    firstMentionLinks?: Record<string, number>;
  }
}
