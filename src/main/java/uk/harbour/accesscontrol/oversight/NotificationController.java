package uk.harbour.accesscontrol.oversight;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import uk.harbour.accesscontrol.Notifications;

/** The signed-in user's notifications. */
@Controller
class NotificationController {

  private final Notifications notifications;

  NotificationController(Notifications notifications) {
    this.notifications = notifications;
  }

  @GetMapping("/notifications")
  String list(Model model) {
    model.addAttribute("notifications", notifications.mine());
    return "accesscontrol/oversight/notifications";
  }

  @PostMapping("/notifications/read")
  String markRead() {
    notifications.markAllRead();
    return "redirect:/notifications";
  }
}
